/** Schema look-ups the read-ahead's two walks over a selection share. */
import { isInterfaceType, isObjectType, type GraphQLField, type GraphQLResolveInfo } from 'graphql';

/** The definition of a field of an object or interface type, if there is one. */
export function fieldDefinition(
  info: GraphQLResolveInfo,
  typeName: string,
  fieldName: string,
): GraphQLField<unknown, unknown> | undefined {
  const type = info.schema.getType(typeName);
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
}
