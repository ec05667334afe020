/** The one host the extension may read without being asked: every *.gov.cn site (issue 3). */
export const GOV_MATCH = '*://*.gov.cn/*';
