// Text put into the pages this server renders: every character that could open markup or
// close an attribute becomes a numeric reference.
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
