/** CSS files are imported as text (minified by scripts/build.mjs) and injected in one `<style>` element. */
declare module '*.css' {
  const css: string;
  export default css;
}
