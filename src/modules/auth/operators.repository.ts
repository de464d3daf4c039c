import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { Operator } from './operator.entity.js';

@Injectable()
export class OperatorsRepository {
  constructor(private readonly db: Transactions) {}

  private get repo() {
    return this.db.manager.getRepository(Operator);
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  getById(id: string): Promise<Operator | null> {
    return this.repo.findOneBy({ id });
  }

  getWithPasswordHash(email: string): Promise<Operator | null> {
    return this.repo
      .createQueryBuilder('operator')
      .addSelect('operator.passwordHash')
      .where('operator.email = :email', { email })
      .getOne();
  }

  getByEmail(email: string): Promise<Operator | null> {
    return this.repo.findOneBy({ email });
  }

  async create(email: string, passwordHash: string | null): Promise<Operator> {
    const [row] = (await this.repo.insert({ email, passwordHash })).generatedMaps;
    return (await this.getById(row.id as string))!;
  }

  async touchLogin(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: () => 'now()' });
  }
}
