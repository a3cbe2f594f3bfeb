import { paths, type Lang } from '../../paths';

/** Where every "Checkout" button of the cart leads. */
export const checkoutPath = (lang: Lang): string => paths.checkout(lang);
