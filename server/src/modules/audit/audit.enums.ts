import { registerEnumType } from 'type-graphql';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}

registerEnumType(ActorType, { name: 'ActorType' });
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
