export { contextModules } from './context-modules';
