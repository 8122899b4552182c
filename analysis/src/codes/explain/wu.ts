export const WU_EXPLANATIONS = `
`;
