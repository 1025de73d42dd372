import type { HistoryEvent } from '@aws-sdk/client-sfn';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';

/**
 * Step Functions history events as GetExecutionHistory returns them for a canary: TaskStateExited carries the
 * whole state ({document, progress, ...}) as its output, as the real state machine's ResultPaths leave it.
 */
export class HistoryBuilder {
  readonly events: HistoryEvent[] = [];
  private time: number;

  constructor(
    private readonly document: ExecutionDocument,
    start = Date.parse('2026-11-22T05:00:00Z'),
  ) {
    this.time = start;
    this.push('ExecutionStarted', {});
  }

  private push(type: string, details: Partial<HistoryEvent>, minutes = 0): this {
    this.time += minutes * 60_000;
    this.events.push({
      id: this.events.length + 1,
      previousEventId: this.events.length,
      timestamp: new Date(this.time),
      type: type as HistoryEvent['type'],
      ...details,
    });
    return this;
  }

  private exited(name: string, state: Record<string, unknown>, minutes: number): this {
    this.push('TaskStateEntered', { stateEnteredEventDetails: { name, input: '{}' } }, minutes);
    return this.push('TaskStateExited', {
      stateExitedEventDetails: { name, output: JSON.stringify({ document: this.document, ...state }) },
    });
  }

  shift(stepIndex: number, minutes = 0): this {
    return this.exited('Shift', { progress: { stepIndex } }, minutes);
  }

  check(
    stepIndex: number,
    verdict: 'PASS' | 'FAIL' | 'INCONCLUSIVE',
    canary: { pct: number; requests: number },
    stablePct: number,
    minutes = 1,
  ): this {
    const weight = this.document.steps[stepIndex]!.weight;
    const lastCheck = {
      at: new Date(this.time + minutes * 60_000).toISOString(),
      weight,
      verdict,
      reason: `${verdict} at ${weight}%`,
      canaryErrorRatePct: canary.pct,
      canaryRequests: canary.requests,
      stableErrorRatePct: stablePct,
    };
    return this.exited('Check', { progress: { stepIndex, lastCheck } }, minutes);
  }

  rollback(minutes = 0, restoredRoutes = ['serviceB']): this {
    return this.exited(
      'Rollback',
      {
        failure: { Error: 'HealthCheckFailed' },
        rollback: {
          restoredRoutes,
          unchangedRoutes: [],
          keptEditedRoutes: [],
          services: ['canary service serviceBv2: scaled to 0'],
        },
      },
      minutes,
    );
  }

  promote(taskDefinitionArn: string, minutes = 0): this {
    return this.exited('Promote', { progress: { stepIndex: 2, promotion: { taskDefinitionArn } } }, minutes);
  }

  finish(minutes = 1): this {
    return this.exited('Finish', { progress: { stepIndex: 2 } }, minutes);
  }

  failed(error: string, cause: string): this {
    return this.push('ExecutionFailed', { executionFailedEventDetails: { error, cause } });
  }

  succeeded(): this {
    return this.push('ExecutionSucceeded', { executionSucceededEventDetails: { output: '{}' } });
  }
}
