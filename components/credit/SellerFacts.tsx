import { t } from '@/lib/i18n';
import type { SellerView } from '@/lib/sites/seller-check';

/** a link the page gave: opened only on the platform's own domains, otherwise its address is shown as text */
function PageLink(props: { url: string; onPlatform: boolean; label: string; field: string }) {
  const host = new URL(props.url).hostname;
  if (!props.onPlatform)
    return (
      <span data-field={props.field} data-on-platform="false">
        <bdi>{host}</bdi> {t('sellerLinkOffPlatform')}
      </span>
    );
  return (
    <a data-field={props.field} data-on-platform="true" href={props.url} target="_blank" rel="noopener noreferrer">
      {props.label} (<bdi>{host}</bdi>)
    </a>
  );
}

/**
 * Who really sells (R-INFO-24), on the credit card beside the host's credit: the shop or business the
 * room discloses with its links, or plainly that it discloses none; the product card's shop, and
 * when it is not the host. Page text in <bdi>, links only as href (never markup).
 */
export function SellerFacts(props: { view: SellerView }) {
  const { seller, cardShop, cardDiffers } = props.view;
  return (
    <section class="lg-credit-seller" data-liveguard="credit-seller" data-seller-state={seller ? 'disclosed' : 'none'}>
      <h3>{t('sellerTitle')}</h3>
      {seller ? (
        <dl class="lg-credit-facts">
          {seller.name && (
            <>
              <dt>{t('sellerName')}</dt>
              <dd data-field="seller-name"><bdi>{seller.name}</bdi></dd>
            </>
          )}
          {seller.url && (
            <>
              <dt>{t('sellerLink')}</dt>
              <dd><PageLink url={seller.url} onPlatform={props.view.linkOnPlatform} label={t('sellerLinkOpen')} field="seller-link" /></dd>
            </>
          )}
          {seller.licenceUrl && (
            <>
              <dt>{t('sellerLicence')}</dt>
              <dd><PageLink url={seller.licenceUrl} onPlatform={props.view.licenceOnPlatform} label={t('sellerLicenceOpen')} field="seller-licence" /></dd>
            </>
          )}
        </dl>
      ) : (
        <p data-field="seller-none">{t('sellerNone')}</p>
      )}
      {cardShop && (
        <p data-field="card-shop">
          {t('sellerCardShop')}
          {t('labelSep')}
          <bdi>{cardShop}</bdi>
        </p>
      )}
      {cardDiffers && (
        <p class="lg-credit-seller-differs" data-field="seller-differs" role="note">
          {t('sellerCardDiffers')}
        </p>
      )}
      <p class="lg-credit-seller-basis">{t('sellerBasis')}</p>
    </section>
  );
}
