import { badUserInput } from '../../kit/errors';
import { optionalText, requiredText } from '../../kit/inputs/text';
import type { DisclosureInput, ServiceProduct } from '../generated/resolversTypes';

const PRICE = { test: /^\d{1,9}(\.\d{1,2})?$/, description: 'must be an amount in yuan, e.g. 200 or 199.50' };
const MAX_PRODUCTS = 50;

/** Prices are published with two decimals: `12.5` is shown as `12.50`, `0200` as `200.00`. */
function toYuanAndFen(price: string): string {
  const [yuan, fen = ''] = price.split('.');
  return `${Number(yuan)}.${fen.padEnd(2, '0')}`;
}

/** Refuses (naming the field) a text equal to an earlier one of the same list: a reader could not tell them apart. */
function unique<T>(items: T[], text: (item: T) => string, field: (i: number) => string): T[] {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(text(item))) throw badUserInput(field(i), `repeats an earlier one (${text(item)})`);
    seen.add(text(item));
  });
  return items;
}

/**
 * A disclosure as it will be published: basic info, the service products (at least one, seed
 * measure 5: 服务产品种类及收费标准) each with its fee standards, other info.
 */
export function validateDisclosure(input: DisclosureInput): { basicInfo: string; products: ServiceProduct[]; otherInfo: string | null } {
  if (!input.products.length) throw badUserInput('input.products', 'must list at least one service product with its fee standards');
  if (input.products.length > MAX_PRODUCTS) throw badUserInput('input.products', `must have at most ${MAX_PRODUCTS} products`);
  const products = input.products.map((product, i) => {
    const field = `input.products[${i}]`;
    if (!product.feeStandards.length) throw badUserInput(`${field}.feeStandards`, 'must list at least one fee standard');
    const feeStandards = product.feeStandards.map((fee, j) => ({
      item: requiredText(`${field}.feeStandards[${j}].item`, fee.item, { max: 200 }),
      priceYuan: toYuanAndFen(requiredText(`${field}.feeStandards[${j}].priceYuan`, fee.priceYuan, { max: 12, pattern: PRICE })),
      unit: requiredText(`${field}.feeStandards[${j}].unit`, fee.unit, { max: 50 }),
    }));
    return {
      name: requiredText(`${field}.name`, product.name, { max: 200 }),
      description: optionalText(`${field}.description`, product.description, { max: 2000 }),
      feeStandards: unique(feeStandards, (fee) => `${fee.item}/${fee.unit}`, (j) => `${field}.feeStandards[${j}].item`),
    };
  });
  unique(products, (product) => product.name, (i) => `input.products[${i}].name`);
  return {
    basicInfo: requiredText('input.basicInfo', input.basicInfo, { max: 5000 }),
    products,
    otherInfo: optionalText('input.otherInfo', input.otherInfo, { max: 5000 }),
  };
}
