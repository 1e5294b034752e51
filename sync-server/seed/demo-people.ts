import type { Factory } from '../../src/shared/schema/factory';
import type { User } from '../../src/shared/schema/user';
import { FACTORY, USER } from './demo-ids';

/** Demo factories and accounts (see docs/contract-notes.md for the passwords' contract). */
export const demoFactories = (): Factory[] => [
  {
    id: FACTORY.huamei,
    code: 'NB-HM',
    name: { zh: '宁波华美服饰有限公司', en: 'Ningbo Huamei Garment Co., Ltd.' },
    city: 'Ningbo',
  },
  {
    id: FACTORY.lida,
    code: 'DG-LD',
    name: { zh: '东莞利达制衣厂', en: 'Dongguan Lida Garment Factory' },
    city: 'Dongguan',
  },
];

export interface DemoAccount {
  user: User;
  password: string;
}

export const demoAccounts = (): DemoAccount[] => [
  {
    user: {
      id: USER.inspector,
      username: 'inspector',
      displayName: '陈晓明 Chen Xiaoming',
      role: 'inspector',
      factoryIds: [FACTORY.huamei, FACTORY.lida],
    },
    password: 'demo-inspector',
  },
  {
    user: {
      id: USER.merch,
      username: 'merch',
      displayName: '林嘉怡 Lin Jiayi',
      role: 'merchandiser',
      factoryIds: [FACTORY.huamei],
    },
    password: 'demo-merch',
  },
  {
    user: {
      id: USER.office,
      username: 'office',
      displayName: '周敏 Zhou Min',
      role: 'office',
      factoryIds: [],
    },
    password: 'demo-office',
  },
  {
    user: {
      id: USER.admin,
      username: 'admin',
      displayName: '系统管理员 Admin',
      role: 'admin',
      factoryIds: [],
    },
    password: 'demo-admin',
  },
];
