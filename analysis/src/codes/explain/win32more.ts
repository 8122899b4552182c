export const WIN32_MORE_EXPLANATIONS = `
`;
