// OpenCC's table of traditional characters and their simplified forms (TSCharacters,
// from the opencc-js package): the fold of tokens.ts reads it. The search page loads
// it as a chunk of its own, only when a query or a result needs it.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

export default TS_CHARACTERS;
