// The compiled apps import libs as `@hamkar/<lib>`; TypeScript leaves those specifiers as they
// are, so Node needs the same mapping at run time. Loaded with `node -r ./dist/register-paths.js`.
import { register } from 'tsconfig-paths';

register({ baseUrl: __dirname, paths: { '@hamkar/common/pure': ['libs/common/src/pure'], '@hamkar/*': ['libs/*/src'] } });
