export const CBS_EXPLANATIONS = `
`;
