// opencc-js ships no types for its dictionaries: each is one string, `源 目标|源 目标|…`.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/STCharacters' {
  const dictionary: string;
  export default dictionary;
}
