// opencc-js ships its dictionaries as plain "trad simp|trad simp|…" strings without typings.
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
