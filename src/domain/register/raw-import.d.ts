// Vite/vitest `?raw` imports: tests read the example registers as text without node:fs (src/domain is pure).
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}

declare module '*.md?raw' {
  const text: string;
  export default text;
}
