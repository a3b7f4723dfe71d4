await 1; export const c = 3;
