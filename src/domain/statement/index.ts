export { COOKIE_CATEGORIES, isConsentExempt } from './cookies.sections.js';
export { isMarketingPurpose, rightsOffered } from './privacy.rights.js';
export { escapeHtml, toHtml } from './statement.html.js';
export { escapeMarkdown, toMarkdown } from './statement.markdown.js';
export { renderStatement, STATEMENT_LANGUAGES, STATEMENT_TEXTS } from './statement.render.js';
export { toPlainText } from './statement.text.js';
export type * from './statement.types.js';
export type { StatementTexts } from './texts.types.js';
