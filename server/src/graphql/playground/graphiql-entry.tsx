// Bundled by build-playground.ts into a self-hosted GraphiQL, so the playground works offline.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const DEFAULT_QUERY = `# T1EUP shop API. Texts follow the locale argument or the X-Locale / Accept-Language header.
query Ties {
  products(first: 5, sort: PRICE_ASC, filter: { inStock: true }, locale: ru) {
    totalCount
    nodes {
      slug
      name
      servedLocale
      priceRange { min max }
      variants { sku colourName widthMm stock price }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: window.location.pathname });
createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
