import { registerEnumType } from 'type-graphql';

export enum ModelStatus {
  PREVIEW = 'PREVIEW',
  GA = 'GA',
  DEPRECATED = 'DEPRECATED',
}

export enum Modality {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  AUDIO = 'AUDIO',
  CODE = 'CODE',
}

registerEnumType(ModelStatus, { name: 'ModelStatus' });
registerEnumType(Modality, { name: 'Modality' });
