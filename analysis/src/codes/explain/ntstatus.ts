export const NTSTATUS_EXPLANATIONS = `
`;
