import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function snake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function tableName(tableOrName: Table | string): string {
  const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  return name.split('.').pop()!;
}

/** Explicit constraint names must fit PostgreSQL's 63-byte identifier limit; long ones keep a readable prefix. */
function constraint(prefix: string, table: string, columns: string[]): string {
  const name = `${prefix}_${table}_${columns.join('_')}`;
  return name.length <= 63 ? name : name.slice(0, 63);
}

/** snake_case columns and readable constraint names: pk_, fk_, uq_, ix_, ck_. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(first: string, second: string, firstProperty: string): string {
    return snake(`${first}_${firstProperty.replace(/\./g, '_')}_${second}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: Table | string): string {
    return `pk_${tableName(tableOrName)}`;
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return constraint('fk', tableName(tableOrName), columnNames);
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraint('uq', tableName(tableOrName), columnNames);
  }

  override indexName(tableOrName: Table | string, columnNames: string[]): string {
    return constraint('ix', tableName(tableOrName), columnNames);
  }

  override relationConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraint('ck', tableName(tableOrName), columnNames);
  }

  override checkConstraintName(tableOrName: Table | string, expression: string): string {
    return constraint('ck', tableName(tableOrName), [expression.replace(/\W+/g, '_').slice(0, 30)]);
  }
}
