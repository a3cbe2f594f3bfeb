/** The sign-in page: a visitor already signed in goes straight on to `next`. */
import { nextAfterSignIn } from './auth';
import { $viewer } from './viewer.store';

const unsubscribe = $viewer.subscribe((state) => {
  if (state.status !== 'signedIn') return;
  queueMicrotask(() => unsubscribe());
  location.replace(nextAfterSignIn(location));
});
