import { paths, type Lang } from '../../paths';

/** Where every "Checkout" button of the cart leads: the cart page until the checkout issue adds its own page here. */
export const checkoutPath = (lang: Lang): string => paths.cart(lang);
