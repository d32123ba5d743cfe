/*
 * Recognizers-Text names units in words ("Mile", "United States dollar"); Assay stores
 * canonical units. This table converts an expected unit name to Assay's canonical unit
 * and factor, so values are compared in one space. It is the scoring adapter, nothing more.
 */
export const RECOGNIZERS_UNITS: Record<string, { unit: string; factor: number }> = {
  'Dollar': { unit: 'USD', factor: 1 }, 'United States dollar': { unit: 'USD', factor: 1 }, 'Cent': { unit: 'USD', factor: 0.01 },
  'Euro': { unit: 'EUR', factor: 1 }, 'Chinese yuan': { unit: 'CNY', factor: 1 }, 'Pound': { unit: 'GBP', factor: 1 },
  'British pound': { unit: 'GBP', factor: 1 }, 'Pence': { unit: 'GBP', factor: 0.01 }, 'Penny': { unit: 'GBP', factor: 0.01 },
  'Canadian dollar': { unit: 'CAD', factor: 1 }, 'Japanese yen': { unit: 'JPY', factor: 1 }, 'Franc': { unit: 'CHF', factor: 1 },
  'Swiss franc': { unit: 'CHF', factor: 1 }, 'Australian dollar': { unit: 'AUD', factor: 1 }, 'Bitcoin': { unit: 'BTC', factor: 1 },
  'Satoshi': { unit: 'BTC', factor: 1e-8 }, 'Turkish lira': { unit: 'TRY', factor: 1 }, 'Rupee': { unit: 'INR', factor: 1 },
  'Mexican peso': { unit: 'MXN', factor: 1 }, 'Finnish markka': { unit: 'FIM', factor: 1 }, 'Hong Kong dollar': { unit: 'HKD', factor: 1 },
  'Peseta': { unit: 'ESP', factor: 1 }, 'Netherlands guilder': { unit: 'NLG', factor: 1 }, 'Costa Rican colón': { unit: 'CRC', factor: 1 },
  'Georgian lari': { unit: 'GEL', factor: 1 }, 'Lao kip': { unit: 'LAK', factor: 1 }, 'Sri Lankan rupee': { unit: 'LKR', factor: 1 },
  'New Zealand dollar': { unit: 'NZD', factor: 1 }, 'Sen': { unit: 'JPY', factor: 0.01 },
  'Foot': { unit: 'm', factor: 0.3048 }, 'Meter': { unit: 'm', factor: 1 }, 'Mile': { unit: 'm', factor: 1609.344 }, 'Inch': { unit: 'm', factor: 0.0254 },
  'Kilometer': { unit: 'm', factor: 1000 }, 'Millimeter': { unit: 'm', factor: 0.001 }, 'Decimeter': { unit: 'm', factor: 0.1 },
  'Picometer': { unit: 'm', factor: 1e-12 }, 'Centimeter': { unit: 'm', factor: 0.01 },
  'Pound ': { unit: 't', factor: 0.00045359237 }, 'Ton': { unit: 't', factor: 1 }, 'Metric ton': { unit: 't', factor: 1 },
  'Kilogram': { unit: 't', factor: 1e-3 }, 'Gram': { unit: 't', factor: 1e-6 }, 'Microgram': { unit: 't', factor: 1e-12 },
  'Ounce': { unit: 't', factor: 0.0000283495 }, 'Dram': { unit: 't', factor: 0.00000388793 },
  'Gallon': { unit: 'L', factor: 3.785411784 }, 'Barrel': { unit: 'bbl', factor: 1 }, 'Milliliter': { unit: 'L', factor: 0.001 },
  'Cubic foot': { unit: 'Mcf', factor: 0.001 }, 'Cubic meter': { unit: 'm3', factor: 1 }, 'Tablespoon': { unit: 'L', factor: 0.01478676478125 }, 'Teaspoon': { unit: 'L', factor: 0.00492892159375 },
  'Cup': { unit: 'L', factor: 0.2365882365 },
  'Square meter': { unit: 'm2', factor: 1 }, 'Square kilometer': { unit: 'm2', factor: 1e6 }, 'Acre': { unit: 'm2', factor: 4046.8564224 },
  'Kilometer per hour': { unit: 'm/h', factor: 1000 }, 'Mile per hour': { unit: 'm/h', factor: 1609.344 },
  'Meter per millisecond': { unit: 'm/ms', factor: 1 }, 'Centimeter per millisecond': { unit: 'm/ms', factor: 0.01 }, 'Kilometer per millisecond': { unit: 'm/ms', factor: 1000 },
  'Bit': { unit: 'bit', factor: 1 }, 'Megabit': { unit: 'bit', factor: 1e6 }, 'Megabyte': { unit: 'B', factor: 1e6 },
  'Degree': { unit: 'deg', factor: 1 }, 'Radian': { unit: 'rad', factor: 1 }, 'Turn': { unit: 'turn', factor: 1 },
};
