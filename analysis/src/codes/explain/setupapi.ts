export const SETUPAPI_EXPLANATIONS = `
`;
