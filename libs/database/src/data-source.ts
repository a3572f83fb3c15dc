// Entry point for the TypeORM CLI (`npm run migration:generate`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hamkar/common';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
