// asl-validator ships CommonJS without types.
declare module 'asl-validator' {
  interface ValidationResult {
    isValid: boolean;
    errors: Array<{ message: string; path?: string }>;
    errorsText: (separator?: string) => string;
  }
  /** Mutates the definition it is given (adds QueryLanguage to each state): pass a copy. */
  function aslValidator(
    definition: unknown,
    options?: { checkPaths?: boolean; checkArn?: boolean },
  ): ValidationResult;
  export default aslValidator;
}
