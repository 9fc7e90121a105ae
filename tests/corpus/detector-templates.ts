/** Sentences that carry a value in the corpus documents; `{v}` is where the value goes. */
export interface TypeTemplates {
  en: string[];
  nl: string[];
  /** .env / config / code lines, used in those genres. */
  config?: string[];
  /** Where a near miss needs a different frame (no context word, a commit line, ...). */
  nearEn?: string[];
  nearNl?: string[];
}

export const templates: Record<string, TypeTemplates> = {
  email: { en: ['Please reply to {v} before Friday.', 'Contact: {v}', 'cc {v} on the thread'], nl: ['Stuur het naar {v} aub.', 'Mail gerust naar {v}.', 'Contactpersoon: {v}'], config: ['ADMIN_EMAIL={v}'], nearEn: ['Clone it with {v} first.', 'The asset is {v} in the repo.'], nearNl: ['Haal de code op met {v}.', 'Zie bestand {v} in de map.'] },
  phone: { en: ['Call me on {v} after lunch.', 'Phone: {v}', 'mobile {v}'], nl: ['Bel me even op {v}.', 'Telefoon: {v}', 'Mijn mobiel is {v}.'], nearEn: ['product_id {v} is out of stock', 'created_at={v}', 'Batch {v} processed.'], nearNl: ['artikelnummer {v} is uitverkocht', 'tijdstempel {v} in de log', 'Regel {v} verwerkt.'] },
  credit_card: { en: ['Card number: {v}, exp 09/27.', 'Charged the card {v} twice.'], nl: ['Kaartnummer {v}, geldig tot 11/26.', 'De creditcard {v} is twee keer belast.'], nearEn: ['Item number {v} shipped.', 'Tracking {v} delivered.'], nearNl: ['Artikel {v} is verzonden.', 'Zendingnummer {v} bezorgd.'] },
  iban: { en: ['Please transfer to IBAN {v}.', 'Account: {v}'], nl: ['Graag overmaken naar {v} t.n.v. de stichting.', 'Rekeningnummer: {v}'], nearEn: ['SKU {v} restocked.'], nearNl: ['Productcode {v} weer op voorraad.'] },
  aws_access_key_id: { en: ['The access key {v} was in the log.'], nl: ['De sleutel {v} stond in de logregel.'], config: ['AWS_ACCESS_KEY_ID={v}', 'aws_access_key_id = {v}'] },
  aws_secret_access_key: { en: ['aws_secret_access_key = {v}'], nl: ['aws_secret_access_key: {v}'], config: ['AWS_SECRET_ACCESS_KEY={v}'], nearEn: ['commit {v}', 'sha1 of the build: {v}'], nearNl: ['commit {v} (fix)', 'checksum {v}'] },
  github_token: { en: ['Use token {v} for the CI job.'], nl: ['Gebruik token {v} voor de build.'], config: ['GITHUB_TOKEN={v}', 'GH_TOKEN: {v}'] },
  github_fine_grained_token: { en: ['Fine-grained PAT: {v}'], nl: ['Nieuwe PAT: {v}'], config: ['GITHUB_PAT={v}'] },
  gitlab_token: { en: ['GitLab token {v} expires soon.'], nl: ['GitLab-token {v} verloopt binnenkort.'], config: ['GITLAB_TOKEN={v}'] },
  npm_token: { en: ['//registry.npmjs.org/:_authToken={v}'], nl: ['npm-token: {v}'], config: ['NPM_TOKEN={v}'] },
  pypi_token: { en: ['password = {v}'], nl: ['PyPI-token {v} voor uploads.'], config: ['TWINE_PASSWORD={v}'], nearEn: ['see pypi docs: {v}'], nearNl: ['zie {v} in de docs'] },
  huggingface_token: { en: ['HF token {v} for the model download.'], nl: ['HF-token {v} voor het model.'], config: ['HF_TOKEN={v}'] },
  openai_api_key: { en: ['My OpenAI key is {v}, why does it fail?'], nl: ['Mijn OpenAI-sleutel {v} werkt niet.'], config: ['OPENAI_API_KEY={v}'] },
  anthropic_api_key: { en: ['Anthropic key {v} returns 401.'], nl: ['Anthropic-sleutel {v} geeft 401.'], config: ['ANTHROPIC_API_KEY={v}'] },
  slack_token: { en: ['Bot token {v} was rotated.'], nl: ['Bot-token {v} is vervangen.'], config: ['SLACK_BOT_TOKEN={v}'] },
  slack_webhook: { en: ['Post alerts to {v}'], nl: ['Meldingen gaan naar {v}'], config: ['SLACK_WEBHOOK_URL={v}'] },
  stripe_live_key: { en: ['Stripe key {v} is the live one.'], nl: ['Stripe-sleutel {v} is de live-sleutel.'], config: ['STRIPE_SECRET_KEY={v}'] },
  google_api_key: { en: ['Maps key {v} hit its quota.'], nl: ['Maps-sleutel {v} zit aan het quotum.'], config: ['GOOGLE_MAPS_KEY={v}'] },
  twilio_api_key: { en: ['Twilio API key {v}'], nl: ['Twilio-sleutel {v}'], config: ['TWILIO_API_KEY={v}'] },
  sendgrid_api_key: { en: ['SendGrid key {v} bounced.'], nl: ['SendGrid-sleutel {v} werkt niet meer.'], config: ['SENDGRID_API_KEY={v}'] },
  shopify_token: { en: ['Shopify admin token {v}'], nl: ['Shopify-token {v}'], config: ['SHOPIFY_ACCESS_TOKEN={v}'] },
  azure_storage_connection_string: { en: ['Connection string: {v}'], nl: ['Verbindingsreeks: {v}'], config: ['AZURE_STORAGE_CONNECTION_STRING={v}'] },
  private_key: { en: ['Here is the deploy key:\n{v}\n'], nl: ['Dit is de sleutel van de server:\n{v}\n'] },
  jwt: { en: ['Authorization: Bearer {v}'], nl: ['Het token in de header: {v}'], config: ['SESSION_TOKEN={v}'] },
  url_with_password: { en: ['It connects to {v}/app without TLS.'], nl: ['De app praat met {v}/prod.'], config: ['DATABASE_URL={v}/app'] },
  password: { en: ['The password is {v} for now.', 'password: {v}', 'Server=sql01;Database=crm;User Id=sa;Password={v};'], nl: ['Het wachtwoord is {v} tot maandag.', 'wachtwoord: {v}'], config: ['DB_PASSWORD={v}', 'password = "{v}"', 'spring.datasource.password={v}'] },
  generic_secret: { en: ['api_key: {v}'], nl: ['client_secret = {v}'], config: ['API_KEY={v}', 'apiKey: "{v}"', 'CLIENT_SECRET={v}'] },
  us_ssn: { en: ['SSN {v} on file.', 'Social security number: {v}'], nl: ['Amerikaans SSN: {v}'], nearEn: ['Case {v} closed.'], nearNl: ['Dossier {v} gesloten.'] },
  uk_nino: { en: ['NI number: {v}', 'National Insurance {v}'], nl: ['NI-nummer van de Britse collega: {v}'] },
  uk_nhs_number: { en: ['NHS number {v}', 'Patient NHS no. {v}'], nl: ['NHS-nummer {v}'] },
  nl_bsn: { en: ['BSN: {v}'], nl: ['BSN {v} is gecontroleerd.', 'Burgerservicenummer: {v}', 'bsn={v}'], nearEn: ['Order {v} is late.'], nearNl: ['Bestelling {v} is te laat.', 'Klantnummer {v}'] },
  be_national_number: { en: ['Belgian national number {v}'], nl: ['Rijksregisternummer: {v}', 'INSZ {v}'] },
  de_tax_id: { en: ['German tax ID {v}'], nl: ['Steuer-IdNr. {v}'], nearEn: ['Shipment {v} left the depot.'], nearNl: ['Zending {v} is onderweg.'] },
  fr_nir: { en: ['French social security number {v}'], nl: ['Franse NIR: {v}'] },
  es_dni: { en: ['DNI {v}'], nl: ['Spaans DNI-nummer {v}'] },
  it_codice_fiscale: { en: ['Codice fiscale: {v}'], nl: ['Italiaanse codice fiscale {v}'] },
  in_aadhaar: { en: ['Aadhaar {v}'], nl: ['Aadhaar-nummer {v}'] },
  in_pan: { en: ['PAN card {v}'], nl: ['PAN {v}'] },
  passport_number: { en: ['Passport number: {v}', 'passport no. {v}'], nl: ['Paspoortnummer {v}', 'paspoort: {v}'], nearEn: ['Booking ref {v} confirmed.'], nearNl: ['Boekingscode {v} bevestigd.'] },
  ip_address: { en: ['The request came from {v}.', 'host {v} is down'], nl: ['Het verzoek kwam van {v}.', 'server {v} reageert niet'], config: ['DB_HOST={v}'], nearEn: ['Upgraded to version {v}.', 'User-Agent: Chrome/{v}'], nearNl: ['Bijgewerkt naar versie {v}.', 'build {v} staat klaar'] },
  mac_address: { en: ['Device MAC {v} was blocked.'], nl: ['Het MAC-adres {v} is geblokkeerd.'] },
  classification_marker: { en: ['{v}', '[{v}] Q3 numbers'], nl: ['{v}', '[{v}] Kwartaalcijfers'], nearEn: ['please keep this {v} between us'], nearNl: ['behandel dit {v}, dank je'] },
};
