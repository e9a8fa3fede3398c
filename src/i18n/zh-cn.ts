/** Simplified Chinese for every English text the page shows (the English text is the key). */
export const ZH_CN: Readonly<Record<string, string>> = {
  'OCR billing simulator': 'OCR 计费模拟器',
  'Which HUAWEI CLOUD OCR prepaid packages to buy, and when they pay off against pay-per-use.':
    '应购买哪些华为云 OCR 资源包，以及它们何时比按需计费更划算。',
  Language: '语言',
};
