export const fromEsmPackage = 'esm in a type:module package';
