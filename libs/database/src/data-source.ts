// Entry point for the TypeORM CLI (`typeorm migration:show -d dist/libs/database/src/data-source.js`). It has no
// entities (each context's module registers its own), so it runs and shows migrations; they are written by hand.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hamkar/common';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
