/**
 * The auth operations the browser runs. They are plain strings marked for codegen (a GraphQL magic
 * comment) rather than graphql() documents: printing a document needs graphql-js's printer (~3.5 KB
 * gzip), too much for the header script every catalog page loads. Codegen still types each string
 * (the `…Document` types in ../../lib/graphql/generated), and `operation()` ties text and type.
 */
import type {
  SignInWithTelegramWebAppDocument,
  SignInWithTelegramWidgetDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
  ViewerDocument,
} from '../../lib/graphql/generated/graphql';
import { operation } from '../../lib/graphql/request';

export const viewerOperation = operation<typeof ViewerDocument>(/* GraphQL */ `
  query Viewer {
    me {
      ...ViewerUser
    }
    telegramSignIn {
      botUsername
      simulatorLoginUrl
    }
  }

  fragment ViewerUser on User {
    id
    firstName
    lastName
    username
    photoUrl
    role
    createdAt
  }
`);

export const signInWithWidgetOperation = operation<typeof SignInWithTelegramWidgetDocument>(/* GraphQL */ `
  mutation SignInWithTelegramWidget($data: TelegramWidgetInput!) {
    signInWithTelegramWidget(data: $data) {
      user {
        id
        firstName
        lastName
        username
        photoUrl
        role
        createdAt
      }
    }
  }
`);

export const signInWithWebAppOperation = operation<typeof SignInWithTelegramWebAppDocument>(/* GraphQL */ `
  mutation SignInWithTelegramWebApp($initData: String!) {
    signInWithTelegramWebApp(initData: $initData) {
      user {
        id
        firstName
        lastName
        username
        photoUrl
        role
        createdAt
      }
    }
  }
`);

export const signOutOperation = operation<typeof SignOutDocument>(/* GraphQL */ `
  mutation SignOut {
    signOut
  }
`);

export const signOutEverywhereOperation = operation<typeof SignOutEverywhereDocument>(/* GraphQL */ `
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
