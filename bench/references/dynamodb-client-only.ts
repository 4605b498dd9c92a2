// Reference for `npm run bench`: the least a Herald function that reads DynamoDB can import — one
// DynamoDB client at module scope and nothing else (no logger, no middy, no validation). Its import time
// is the floor the AWS SDK v3 sets for every Herald function, measured beside the naive reference.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export const handler = async (event: { id: string }) =>
  dynamodb.send(new GetItemCommand({ TableName: 'reference', Key: { pk: { S: event.id } } }));
