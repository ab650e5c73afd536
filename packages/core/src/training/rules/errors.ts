/**
 * A refusal by a training rule, with a stable translatable code (ARCHITECTURE §5) and its params.
 * The rules stay free of HTTP: the service maps a refusal to its problem document (400 for an input
 * the user can fix, 409 for a state that forbids the change).
 */
export class TrainingRuleError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'TrainingRuleError';
  }
}
