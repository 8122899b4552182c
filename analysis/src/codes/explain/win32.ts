export const WIN32_EXPLANATIONS = `
`;
