/** Everything of the public API lives under this prefix (Open Wearables compatibility). */
export const API_V1 = 'api/v1';
