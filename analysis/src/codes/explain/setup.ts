export const SETUP_EXPLANATIONS = `
`;
