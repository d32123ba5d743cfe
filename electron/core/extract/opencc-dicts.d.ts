/** OpenCC's character tables ship as plain JavaScript strings without types: "from to|from to|…". */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
