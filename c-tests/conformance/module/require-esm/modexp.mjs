const x = { hi: 1 }; export { x as 'module.exports' }; export const b = 2;
