/** A catalog entry: a string with `{name}` placeholders, or CLDR plural forms selected by `{count}`. */
type PluralForms = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;
export type Message = string | PluralForms;

/** Another language's namespace: exactly the French keys, any message shape. */
export type Translation<T> = { [K in keyof T]: Message };
