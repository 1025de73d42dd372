import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { eventSource } from '../src/events/transitions.js';

/** Where people hear of each canary transition: an SNS topic given, or one made here with email subscribers. */
export interface CanaryNotificationsProps {
  /** An existing topic (e.g. the one AWS Chatbot posts to Slack or Teams from); its policy must let EventBridge publish. */
  readonly topicArn?: string;
  /** Email addresses subscribed to a topic created here (each confirms by email). */
  readonly emails?: readonly string[];
}

/**
 * An EventBridge rule on the orchestrator's events (source appmesh-canary) that sends the one-line message of
 * each to an SNS topic: email readers get one line per transition, AWS Chatbot posts it to a channel.
 */
export class CanaryNotifications extends Construct {
  readonly topic: sns.ITopic;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: CanaryNotificationsProps) {
    super(scope, id);
    this.topic = props.topicArn ? sns.Topic.fromTopicArn(this, 'Topic', props.topicArn) : this.newTopic();
    for (const email of props.emails ?? [])
      this.topic.addSubscription(new subscriptions.EmailSubscription(email));
    this.rule = new events.Rule(this, 'Rule', {
      description: 'appmesh-canary: one line per canary transition to the notification topic.',
      eventPattern: { source: [eventSource] },
      targets: [
        new targets.SnsTopic(this.topic, {
          message: events.RuleTargetInput.fromEventPath('$.detail.message'),
        }),
      ],
    });
  }

  /** Encrypted with a key EventBridge may use to publish; reachable over TLS only. */
  private newTopic(): sns.Topic {
    const key = new kms.Key(this, 'TopicKey', {
      description: 'appmesh-canary notification topic',
      enableKeyRotation: true,
    });
    key.grant(new iam.ServicePrincipal('events.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    return new sns.Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
  }
}
