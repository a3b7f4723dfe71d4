Promise.reject(new Error('nobody handles me'));
