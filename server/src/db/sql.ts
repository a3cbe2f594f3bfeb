/**
 * A tiny composable SQL builder for the few hand-written queries: values always travel as
 * parameters (`?`, MikroORM's placeholder), never inside the text.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

const SQL = Symbol('sql');
type Fragment = Sql & { [SQL]: true };

function fragment(text: string, params: readonly unknown[]): Fragment {
  return { text, params, [SQL]: true };
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && SQL in value;
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Fragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return fragment(text, params);
}

export function joinSql(parts: readonly Sql[], separator: string): Fragment {
  return fragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));
}

/** Trusted SQL text, e.g. a sort direction chosen from a fixed table. Never pass user input. */
export function rawSql(text: string): Fragment {
  return fragment(text, []);
}

/**
 * A list parameter usable as `x in (${textList(values)})`. MikroORM expands a bare array parameter into
 * several placeholders, so lists travel as one JSON parameter instead.
 */
export function textList(values: readonly string[]): Fragment {
  return fragment('select jsonb_array_elements_text(?::jsonb)', [JSON.stringify(values)]);
}

export function integerList(values: readonly number[]): Fragment {
  return fragment('select jsonb_array_elements_text(?::jsonb)::int', [JSON.stringify(values)]);
}
