import { describe, expect, it } from 'vitest';
import { columnHeaderAt, followsCountryCode } from '../../../lib/detectors/context';
import { scanText } from '../../../lib/detectors/index';
import { expectCase, type DetectorCase } from './expect-findings';

// Families of inputs where the evidence for a value is not right before it: a table column's
// header, a passport word a few words back, a calling code that makes digits a phone number,
// the spellings people really use for ids and classification markings.
const families: Record<string, [string, DetectorCase][]> = {
  'values named by their column header': [
    [
      'us_ssn',
      {
        title: 'flags nine plain digits in a quoted CSV column headed "ssn"',
        text: '"emp_id","last","ssn","dob"\n"E1","Alvarez","912345678","1988-03-14"\n"E2","Chowdhury","735073148","1993-07-21"',
        value: '735073148',
      },
    ],
    [
      'us_ssn',
      {
        title: 'flags nine plain digits under an SSN header in a Markdown table',
        text: '| name | SSN |\n|---|---|\n| Nadia | 735073148 |',
        value: '735073148',
      },
    ],
    [
      'us_ssn',
      {
        title: 'does not flag nine plain digits under another header',
        text: 'order_id,amount\n735073148,12.50',
      },
    ],
    [
      'passport_number',
      {
        title: 'flags the cells of a Markdown column headed "Passport"',
        text: '| Partner | Passport | Mobile |\n|---|---|---|\n| Rohan | Z4827193 | +91 ••••• ••276 |',
        value: 'Z4827193',
      },
    ],
    [
      'passport_number',
      {
        title: 'flags a TSV column headed "paspoortnummer"',
        text: 'naam\tpaspoortnummer\tland\nMarieke\tNS8K2R4L7\tNL',
        value: 'NS8K2R4L7',
      },
    ],
    [
      'passport_number',
      {
        title: 'does not flag a word in a passport column',
        text: 'name,passport,status\nEmma,pending,new',
      },
    ],
    [
      'uk_nhs_number',
      {
        title: 'flags ten plain digits in a column headed "NHS no"',
        text: 'patient;NHS no;ward\nJ. Smith;9434765919;B4',
        value: '9434765919',
      },
    ],
  ],
  'passport numbers later in the same clause': [
    [
      'passport_number',
      {
        title: 'flags a number a few words after the word',
        text: 'Her passport was renewed, new number W3371906, issued Bengaluru.',
        value: 'W3371906',
      },
    ],
    [
      'passport_number',
      {
        title: 'reads "no." as part of the label, not a full stop',
        text: 'passport no. XBA170685',
        value: 'XBA170685',
      },
    ],
    [
      'passport_number',
      {
        title: 'reads a German "-Nr." label',
        text: 'Reisepass-Nr. CK269GHY6, Kundin aus Köln',
        value: 'CK269GHY6',
      },
    ],
    [
      'passport_number',
      {
        title: 'reads a label with dot leaders',
        text: 'Passport (UK) ........ 548103927, expires 2033-08-14',
        value: '548103927',
      },
    ],
    [
      'passport_number',
      {
        title: 'does not flag a case number after a passport word',
        text: 'passport renewal case ZK2026118 is closed',
      },
    ],
    [
      'passport_number',
      {
        title: 'does not flag a date written as eight digits',
        text: 'paspoort ontvangen op 20261130',
      },
    ],
    [
      'passport_number',
      {
        title: 'does not take a value from the next clause',
        text: 'Passport checked. Order A1234567 shipped.',
      },
    ],
  ],
  'digits after a calling code are a phone number': [
    [
      'uk_nhs_number',
      {
        title: 'does not read +44 and a 3-3-4 number as an NHS number',
        text: 'cc: physio team, +44 131 346 7049',
      },
    ],
    [
      'nl_bsn',
      { title: 'does not read +31 and nine digits as a BSN', text: 'bel +31 111 222 333' },
    ],
    [
      'nl_bsn',
      {
        title: 'still flags the same digits as a BSN after its word',
        text: 'BSN 111 222 333',
        value: '111 222 333',
      },
    ],
  ],
  'id spellings people use': [
    [
      'es_dni',
      { title: 'flags a DNI grouped with dots', text: 'DNI 12.345.678-Z', value: '12.345.678-Z' },
    ],
    [
      'es_dni',
      {
        title: 'flags a DNI grouped with spaces',
        text: 'DNI: 12 345 678 Z',
        value: '12 345 678 Z',
      },
    ],
    [
      'es_dni',
      { title: 'does not flag a dotted DNI with a wrong letter', text: 'DNI 12.345.678-A' },
    ],
    [
      'it_codice_fiscale',
      {
        title: 'flags a codice fiscale in lower case',
        text: 'cf: rssmra85t10a562s',
        value: 'rssmra85t10a562s',
      },
    ],
    [
      'it_codice_fiscale',
      {
        title: 'does not flag a lower-case one with a wrong check letter',
        text: 'rssmra85t10a562x',
      },
    ],
    [
      'uk_nino',
      {
        title: 'flags a lower-case NINO next to its word',
        text: 'NI numbers were exported in lowercase, e.g. ab123456c for one employee',
        value: 'ab123456c',
      },
    ],
    ['uk_nino', { title: 'does not flag a lower-case NINO shape alone', text: 'ref ab123456c' }],
  ],
  'secrets in the layouts config files use': [
    [
      'url_with_password',
      {
        title: 'flags an smtp URL with a password',
        text: 'relay: smtp://relay-webshop:Tj8%21kLq2xPz@smtp.mailrelay.example:587',
        value: 'smtp://relay-webshop:Tj8%21kLq2xPz@smtp.mailrelay.example:587',
      },
    ],
    [
      'url_with_password',
      {
        title: 'flags an ldaps URL with a password',
        text: 'ldaps://svc-reader:Qm7!vR2zLp@ldap.example.com:636',
        value: 'ldaps://svc-reader:Qm7!vR2zLp@ldap.example.com:636',
      },
    ],
    [
      'url_with_password',
      {
        title: 'does not flag a URL whose password is a variable',
        text: 'smtp://mailer:${SMTP_PASSWORD}@smtp.example.com',
      },
    ],
    [
      'password',
      {
        title: 'flags an ldap.conf bindpw line',
        text: 'ldap.conf:\n  bindpw kX2!rQ9#vB4m\n',
        value: 'kX2!rQ9#vB4m',
      },
    ],
    [
      'password',
      {
        title: 'flags a redis requirepass line',
        text: 'requirepass Foob4rBaz!2',
        value: 'Foob4rBaz!2',
      },
    ],
    [
      'password',
      {
        title: 'flags a .netrc password',
        text: 'machine api.example.com login bob password s3cr3tPw9',
        value: 's3cr3tPw9',
      },
    ],
    ['password', { title: 'does not flag "password" in prose', text: 'Password Manager is great' }],
    ['password', { title: 'does not flag a masked password line', text: 'password ********' }],
    [
      'aws_secret_access_key',
      {
        title: 'flags a secret access key separated from its name by spaces',
        text: 'AWS_SECRET_ACCESS_KEY        befAI8TSoNNaKn/ZF96asm9wyOBX/m5g9tuvRSgd',
        value: 'befAI8TSoNNaKn/ZF96asm9wyOBX/m5g9tuvRSgd',
      },
    ],
    [
      'aws_secret_access_key',
      {
        title: 'does not flag the name followed by prose',
        text: 'the aws_secret_access_key is stored in vault',
      },
    ],
    [
      'private_key',
      {
        title: 'flags a PEM key inside a JSON string with \\n escapes',
        text: '{"raw":"-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIE+o4Q2agEfCselj0D55dnzf+QX4Qa6qSAXPihSKIBSYoAoGCCqGSM49\\nAwEHoUQDQgAE5upPB6GdFQXoQMmVPJirubdHDVEiFb3QubJqbtbnRkVYhIP0vPjB\\nhGjfiVKSEDcrqNg7f3UfYoc9NE+dz8sIug==\\n-----END EC PRIVATE KEY-----"}',
        value:
          '-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIE+o4Q2agEfCselj0D55dnzf+QX4Qa6qSAXPihSKIBSYoAoGCCqGSM49\\nAwEHoUQDQgAE5upPB6GdFQXoQMmVPJirubdHDVEiFb3QubJqbtbnRkVYhIP0vPjB\\nhGjfiVKSEDcrqNg7f3UfYoc9NE+dz8sIug==\\n-----END EC PRIVATE KEY-----',
      },
    ],
    [
      'private_key',
      {
        title: 'does not flag an escaped PEM stub',
        text: 'KEY="-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"',
      },
    ],
    [
      'slack_token',
      {
        title: 'flags a Socket Mode app-level token (xapp-)',
        text: 'xapp-1-A0123ABCDEF-3006349133368-28808f1bbb47e07de539b5dde0266e1c832ecd106c280fa3f3e067e275cbc177',
        value:
          'xapp-1-A0123ABCDEF-3006349133368-28808f1bbb47e07de539b5dde0266e1c832ecd106c280fa3f3e067e275cbc177',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag a base64 key that decodes to a stand-in sentence',
        text: 'APP_KEY=base64:Q2hhbmdlTWVQbGVhc2VUaGlzSXNOb3RBUmVhbEtleQ==',
      },
    ],
    [
      'generic_secret',
      {
        title: 'flags a base64 key of random bytes',
        text: 'APP_KEY=base64:4hmvdxxjDY38TDuGfQPNWLzw4KOAVmFmeZ5RJ+oCFbM=',
        value: 'base64:4hmvdxxjDY38TDuGfQPNWLzw4KOAVmFmeZ5RJ+oCFbM=',
      },
    ],
  ],
  'what makes digits a phone number or not': [
    [
      'phone',
      {
        title: 'flags an international number after an nhs.net address',
        text: 'cc: physio team, physio@nhs.example, +44 131 346 7049',
        value: '+44 131 346 7049',
      },
    ],
    [
      'phone',
      {
        title: 'flags an E.164 number after a NUMBER= key',
        text: 'TWILIO_FROM_NUMBER=+447899651888',
        value: '+447899651888',
      },
    ],
    [
      'phone',
      {
        title: 'flags a national number in a column headed "telefono"',
        text: 'id;nombre;telefono;fecha\nES-1;Javier;653 03 18 28;2026-10-02',
        value: '653 03 18 28',
      },
    ],
    [
      'phone',
      {
        title: 'reads "tel." as a phone word, not a sentence end',
        text: 'resident in Valencia, tel. 91 827 44 33',
        value: '91 827 44 33',
      },
    ],
    ['phone', { title: 'does not flag a unix time in a tel field', text: '{"tel": "1764500690"}' }],
    [
      'phone',
      {
        title: 'does not flag a descending filler run',
        text: 'found a 0987 6543 2109 on the form',
      },
    ],
    [
      'phone',
      {
        title: 'does not flag a number an NHS label names, a few words back',
        text: 'Sample NHS number printed in the training slides: 912 361 9272.',
      },
    ],
    [
      'phone',
      {
        title: 'still flags a phone number after a BSN and its own value',
        text: 'BSN 111222333 en 06-12345678',
        value: '06-12345678',
      },
    ],
  ],
  'dotted numbers that are versions': [
    [
      'ip_address',
      {
        title: 'does not flag a value the sentence calls a version',
        text: 'Firmware 17.9.5; 16.12.10.1 is de versie van de oude stack.',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a firmware column under a header with digits (ipv6)',
        text: 'asset,ipv6,firmware\nAP-1,2a02:2989:df51:3f08::3cef,8.10.185.0',
        value: '2a02:2989:df51:3f08::3cef',
      },
    ],
  ],
  'numbers between CSV commas': [
    [
      'credit_card',
      {
        title: 'flags a card after a row number',
        text: '1,4539148803436467',
        value: '4539148803436467',
      },
    ],
    [
      'phone',
      {
        title: 'flags a phone number followed by another number column',
        text: 'Jan,+31612345678,111222333',
        value: '+31612345678',
      },
    ],
    [
      'nl_bsn',
      {
        title: 'flags a BSN after a phone column',
        text: 'Jan,+31612345678,111222333',
        value: '111222333',
      },
    ],
    ['credit_card', { title: 'keeps 0,<digits> a decimal', text: 'ratio 0,4539148803436467' }],
    ['credit_card', { title: 'keeps <digits>,50 an amount', text: 'total 4539148803436467,50' }],
  ],
  'secret look-alikes the third holdout showed': [
    [
      'password',
      { title: 'does not read "Reisepass:" as a password key', text: 'Reisepass:   CM1WZPPPL' },
    ],
    [
      'password',
      {
        title: 'flags a SQL role password',
        text: "CREATE ROLE portal_app LOGIN PASSWORD 'Fysio#Noord!2026-acc';",
        value: 'Fysio#Noord!2026-acc',
      },
    ],
    [
      'password',
      {
        title: 'flags a MySQL IDENTIFIED BY password',
        text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Qz8!mLp2vX';",
        value: 'Qz8!mLp2vX',
      },
    ],
    [
      'password',
      {
        title: 'does not flag a psql variable as the password',
        text: "CREATE ROLE r LOGIN PASSWORD :'rapportage_wachtwoord';",
      },
    ],
    [
      'password',
      {
        title: 'does not flag a shell default-or-fail expansion',
        text: 'READONLY_PASSWORD: ${READONLY_PASSWORD:?must be set}',
      },
    ],
    ['password', { title: 'does not flag a Dutch stand-in', text: 'SMTP_WACHTWOORD=verander-mij' }],
    [
      'aws_secret_access_key',
      {
        title: 'flags a secret access key in the cell after its name',
        text: 'kv/aws/ci,ci:global,aws-secret,SKcE/NMygxJ25WqDOUZeXLvXWp44DsH3VKq84Mfr,2026-03-11',
        value: 'SKcE/NMygxJ25WqDOUZeXLvXWp44DsH3VKq84Mfr',
      },
    ],
    [
      'azure_storage_connection_string',
      {
        title: "does not flag the storage emulator's published account",
        text: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
      },
    ],
  ],
  'secret layouts and look-alikes the fourth holdout showed': [
    [
      'password',
      {
        title: 'flags a password in a Postman-style key/value pair',
        text: '{ "key": "password", "value": "Vt7qLm2Rw9xZkP4s" }',
        value: 'Vt7qLm2Rw9xZkP4s',
      },
    ],
    [
      'password',
      {
        title: 'flags a password in a Kubernetes env name/value pair',
        text: 'env:\n  - name: SMTP_PASSWORD\n    value: Herfst2025!mail',
        value: 'Herfst2025!mail',
      },
    ],
    [
      'generic_secret',
      {
        title: 'flags a secret in a Terraform output object',
        text: '"signing_secret": { "value": "q9Lr2VxT8mWk4ZpN6sHc", "sensitive": true }',
        value: 'q9Lr2VxT8mWk4ZpN6sHc',
      },
    ],
    [
      'password',
      {
        title: 'keeps an ampersand inside a password after a colon',
        text: 'Ze stuurde (wachtwoord: Molen&Dijk2031) mee.',
        value: 'Molen&Dijk2031',
      },
    ],
    [
      'password',
      {
        title: 'ends a password at the ampersand of a query string',
        text: 'GET /login?password=Zw8kQ4mr&user=jan',
        value: 'Zw8kQ4mr',
      },
    ],
    [
      'generic_secret',
      { title: 'does not flag a Stripe card token', text: 'Card token: tok_9Qm4TzR2vLx8WkP3' },
    ],
    [
      'generic_secret',
      {
        title: 'still flags a Stripe client secret',
        text: 'client_secret: pi_3Qm4TzR2vLx8WkP3_secret_Hn7Kw2Zr9Lq4Vx',
        value: 'pi_3Qm4TzR2vLx8WkP3_secret_Hn7Kw2Zr9Lq4Vx',
      },
    ],
    [
      'password',
      {
        title: 'does not flag a KMS ciphertext blob',
        text: '"ENCRYPTED_DB_PASSWORD": "AQICAHiR2x9Lm4Vq8Tz0Wk3Pn7Ys5Bc1DfGh6JkQr2Xv"',
      },
    ],
    [
      'password',
      {
        title: 'does not flag a sops-encrypted value',
        text: 'password: ENC[AES256_GCM,data:Qk9sLm2Z,iv:Tz4R,tag:Vw8x,type:str]',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag an integrity hash named secret',
        text: '"Secret":"sha512-Q2xM9vTk4RzLw8PnY3sHc6JdF1bGq5WmA7eKt0UoVi2Xr4Nl8Zy3Ba6Ce9Df2Gh5Jk8Lm1Np4Qr7St0Uv3Wx6Yz=="',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag a value cut short with an ellipsis',
        text: 'SESSION_TOKEN=FwoGZXIvYXdzEJr… (truncated)',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag a bracketed note as the value',
        text: 'API_TOKEN:   [hidden by the admin]',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag a connection string made of <placeholders>',
        text: 'secret = "AccountName=<account>;AccountKey=<key>"',
      },
    ],
    [
      'password',
      {
        title: 'does not pair a key word at a line end with the next line',
        text: 'Dit is een publieke sleutel, geen wachtwoord:\nMONITOR_DSN = "https://a1b2@sentry.example/7"',
      },
    ],
    [
      'twilio_account_sid',
      {
        title: "does not flag Twilio's documentation example",
        text: 'AC1234567890abcdef1234567890abcdef',
      },
    ],
  ],
  'values that point at a secret or prove one without being it': [
    [
      'password',
      {
        title: 'does not flag a bcrypt hash',
        text: 'hashed_password = "$2b$12$Q9mLr2VxT8mWk4ZpN6sHcOe1u9oO2Zq9x8vA6bC5dE4fG3hI2jK1l"',
      },
    ],
    [
      'password',
      {
        title: 'does not flag an argon2 hash',
        text: 'password: $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Q9mLr2VxT8mWk4ZpN6sHc',
      },
    ],
    [
      'password',
      { title: 'does not flag a secrets file path', text: 'password: /run/secrets/smtp_pw' },
    ],
    [
      'generic_secret',
      { title: 'does not flag a relative key file', text: 'api_key: ./keys/dev.key' },
    ],
    [
      'password',
      {
        title: 'still flags a password with a slash in it',
        text: 'password: Wv8/kQ2!zR',
        value: 'Wv8/kQ2!zR',
      },
    ],
  ],
  'layouts the fifth holdout showed': [
    [
      'jwt',
      {
        title: 'does not flag an unsigned JWT (alg none)',
        text: 'tried eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ. and failed',
      },
    ],
    [
      'jwt',
      {
        title: 'does not flag a JWT whose signature was cut off',
        text: 'PREV: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.[removed]',
      },
    ],
    [
      'password',
      {
        title: 'flags the plain-text argument of ConvertTo-SecureString',
        text: "$pw = ConvertTo-SecureString 'Wint3r(Backup)!' -AsPlainText -Force",
        value: 'Wint3r(Backup)!',
      },
    ],
    [
      'password',
      {
        title: 'flags a Cisco enable password',
        text: 'enable password Edge-Sw!tch2031',
        value: 'Edge-Sw!tch2031',
      },
    ],
    [
      'password',
      {
        title: 'flags a RADIUS shared key',
        text: 'radius server NPS1\n address ipv4 10.0.9.4 auth-port 1812\n key Sh4red-Rad!us',
        value: 'Sh4red-Rad!us',
      },
    ],
    [
      'password',
      {
        title: 'does not flag a Cisco type 9 secret hash',
        text: 'enable secret 9 $9$Qm4Tz$R2vLx8WkP3Hn7Kw2',
      },
    ],
    [
      'password',
      {
        title: 'flags Ruby\'s ENV["X_PASSWORD"] = ...',
        text: 'ENV["SIGNING_PASSWORD"] = "Qz7-Tram-Lijn-9"',
        value: 'Qz7-Tram-Lijn-9',
      },
    ],
    [
      'aws_secret_access_key',
      {
        title: 'flags an AWS secret after the words "AWS secret"',
        text: '"AWS secret Qm4TzR2vLx8WkP3Hn7Kw2Zr9Lq4VxB6cD1eF5gH8; rotated"',
        value: 'Qm4TzR2vLx8WkP3Hn7Kw2Zr9Lq4VxB6cD1eF5gH8',
      },
    ],
    [
      'generic_secret',
      { title: "does not flag PowerShell's $env:NAME", text: '$Token = $env:DEPLOY_API_TOKEN' },
    ],
    ['password', { title: 'does not flag a base64 mask', text: 'data.password: KioqKioqKio=' }],
    [
      'generic_secret',
      {
        title: 'does not flag a public-by-design token',
        text: 'NEXT_PUBLIC_ANALYTICS_TOKEN=9f3c1a7e5b2d4f6a8c0e',
      },
    ],
    [
      'generic_secret',
      {
        title: 'does not flag a secret store path',
        text: "lookup('vault', 'secret=team/mail:relay')",
      },
    ],
    [
      'url_with_password',
      {
        title: 'does not flag a local default login',
        text: 'postgres://app:app@localhost:5432/app',
      },
    ],
    [
      'url_with_password',
      {
        title: 'still flags a login whose password differs',
        text: 'postgres://app:Zr9Lq4Vx@localhost:5432/app',
        value: 'postgres://app:Zr9Lq4Vx@localhost:5432',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a netmask',
        text: 'ip address 10.4.1.1 255.255.252.0',
        value: '10.4.1.1',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a version in brackets after',
        text: 'Lift 3.1.12.4 (firmwareversie)',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags "Commercial in Confidence"',
        text: 'Classification: Commercial in Confidence',
        value: 'Commercial in Confidence',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag a word named as a string',
        text: 'the word "CONFIDENTIAL" appears in 3 exports',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags "Alleen voor leden"',
        text: 'Status: Alleen voor leden',
        value: 'Alleen voor leden',
      },
    ],
    [
      'phone',
      {
        title: 'flags a Portuguese number',
        text: 'Porto office: +351 22 339 4410',
        value: '+351 22 339 4410',
      },
    ],
    ['phone', { title: 'does not flag a made-up calling code', text: 'order +999 123 456' }],
    [
      'uk_nhs_number',
      {
        title: 'does not flag a serial number of NHS shape',
        text: 'submission serial 943 476 5919',
      },
    ],
  ],
  'layouts the fourth holdout showed': [
    [
      'classification_marker',
      {
        title: 'flags a marking set apart at the end of a header line',
        text: 'Dossier NC-0991                          Vertrouwelijk\nOpdrachtgever: gemeente',
        value: 'Vertrouwelijk',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a closing instruction after a semicolon',
        text: 'Dit rapport is bestemd voor de directie; niet verspreiden.',
        value: 'niet verspreiden',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag the instruction inside a running sentence',
        text: 'We vroegen hem; niet verspreiden zou beter zijn geweest voor iedereen.',
      },
    ],
    [
      'ip_address',
      { title: 'does not read an EUI-64 id as IPv6', text: 'interface-id 02:1c:4d:ff:fe:2a:6b:81' },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a camel-case product version',
        text: 'Gebouwd met BuildKit 3.4.1.7 vannacht',
      },
    ],
    [
      'ip_address',
      { title: 'does not flag a component version', text: 'Export-adapter 5.10.2.1 draait' },
    ],
    [
      'ip_address',
      {
        title: 'still flags the address after HostName',
        text: 'HostName 10.41.2.37',
        value: '10.41.2.37',
      },
    ],
    [
      'phone',
      {
        title: 'flags an international number right after a CSV comma',
        text: 'LT-0102,10.0.0.5,+31648271930',
        value: '+31648271930',
      },
    ],
    [
      'phone',
      {
        title: 'flags a Belgian number with a slash after the area',
        text: 'tel. 03/281.44.90 of',
        value: '03/281.44.90',
      },
    ],
    [
      'phone',
      {
        title: 'flags a Spanish fixed line in 2-3-2-2',
        text: 'secretaría, 96 325 41 08.',
        value: '96 325 41 08',
      },
    ],
    [
      'phone',
      { title: 'flags an Indian mobile', text: 'CFO: +91 98450 12345', value: '+91 98450 12345' },
    ],
    [
      'phone',
      {
        title: 'flags a GP number after "Huisarts:"',
        text: 'Huisarts: 043 321 5566.',
        value: '043 321 5566',
      },
    ],
    [
      'phone',
      {
        title: 'does not flag digits after an upper-case code',
        text: 'record no. MRN 612 408 3391',
      },
    ],
  ],
  'more version spellings': [
    [
      'ip_address',
      {
        title: 'does not flag the next version in a list after a firmware word',
        text: 'firmware core-sw naar 16.3.2b, access points naar 7.12.140.0 bijgewerkt',
      },
    ],
    [
      'ip_address',
      {
        title: 'still flags an address after the version list names a host',
        text: 'firmware 16.3.2, host 10.20.30.40 rebooted',
        value: '10.20.30.40',
      },
    ],
    [
      'ip_address',
      { title: 'does not flag a glued Dutch version word', text: 'Pakketversie 11.4.2.7, rapport' },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a number after a software label',
        text: 'Payroll software: BrightPay 26.4.1.3 — build 20261126',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag loopback or the unspecified address',
        text: 'listen 0.0.0.0 and 127.0.0.1',
      },
    ],
    [
      'ip_address',
      { title: 'still flags a server address', text: 'host 192.168.1.20', value: '192.168.1.20' },
    ],
  ],
  'classification markings written as labels, not prose': [
    [
      'classification_marker',
      {
        title: 'does not flag "strictly confidential" running on from a sentence',
        text: 'The helpdesk line is strictly confidential and free of charge.',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag "strikt vertrouwelijk" as an adverb',
        text: 'Ik behandel uw stukken strikt vertrouwelijk en bewaar ze versleuteld.',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag "intern gebruik" as a noun phrase',
        text: 'De kosten voor het intern gebruik van de kantine staan in bijlage 2.',
      },
    ],
    [
      'classification_marker',
      {
        title: 'still flags "Strikt vertrouwelijk" as a heading',
        text: 'Strikt vertrouwelijk\n\nNotulen van de RvC',
        value: 'Strikt vertrouwelijk',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a title-case word between label separators',
        text: 'Owner: Finance · Restricted · v3',
        value: 'Restricted',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a company-prefixed marking after a dash',
        text: 'Header: "Acme – Confidential – Supplier terms"',
        value: 'Confidential',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags INTERNAL after a classification label with words before the colon',
        text: 'Classification of this document: INTERNAL',
        value: 'INTERNAL',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags [INTERNAL] in brackets',
        text: 'Wiki page [INTERNAL] last edited',
        value: 'INTERNAL',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag INTERNAL SERVER ERROR',
        text: '502\nINTERNAL SERVER ERROR returned by upstream',
      },
    ],
    [
      'classification_marker',
      { title: 'does not flag a gRPC status after a colon', text: 'rpc failed, status: INTERNAL' },
    ],
    [
      'classification_marker',
      { title: 'does not flag a SECRET setting', text: 'SECRET: ${APP_SECRET}' },
    ],
    [
      'classification_marker',
      {
        title: 'flags a quoted word after a marking noun',
        text: 'Stukken met de markering "Geheim" gaan per koerier.',
        value: 'Geheim',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a quoted word after "marked as"',
        text: 'The deck was marked as "Restricted" by legal.',
        value: 'Restricted',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags ATTORNEY-CLIENT COMMUNICATION, not the privilege in prose',
        text: 'ATTORNEY-CLIENT COMMUNICATION\nThis is subject to attorney-client privilege.',
        value: 'ATTORNEY-CLIENT COMMUNICATION',
      },
    ],
  ],
  'NINO, BSN and passport spellings': [
    [
      'uk_nino',
      { title: 'flags a NINO in dashed pairs', text: 'NI: JX-41-22-07-C', value: 'JX-41-22-07-C' },
    ],
    [
      'uk_nino',
      {
        title: 'flags a lower-case NINO in a list a line below the NI word',
        text: 'NI numbers as the claimants wrote them on the forms:\n- PRICE (claimant since 2019, paper form, checked twice by the desk): pr613048d',
        value: 'pr613048d',
      },
    ],
    [
      'uk_nino',
      {
        title: 'flags a lower-case spaced NINO under an NI number column',
        text: 'id\tname\tNI number\tcode\nK1\tRees\tjt 62 19 45 a\t1257L',
        value: 'jt 62 19 45 a',
      },
    ],
    [
      'uk_nino',
      {
        title: 'does not flag a lower-case NINO shape without an NI word',
        text: 'ref pr613048d ok',
      },
    ],
    [
      'nl_bsn',
      {
        title: 'flags a dashed BSN next to its name',
        text: 'BSN: 628-194-821',
        value: '628-194-821',
      },
    ],
    ['nl_bsn', { title: 'does not flag a dashed number without BSN', text: 'zaak 628-194-821' }],
    [
      'passport_number',
      {
        title: 'flags a passport number after "nr." with a word in between',
        text: 'paspoort (pasaporte) nr. XKT524190, geldig tot 2031',
        value: 'XKT524190',
      },
    ],
    [
      'passport_number',
      {
        title: 'flags an Italian passport number after "n."',
        text: 'passaporto n. YB4417208',
        value: 'YB4417208',
      },
    ],
  ],
  'national numbers per region': [
    [
      'phone',
      {
        title: 'does not read a 3-3-4 NHS-shaped number as a German one without its 0',
        text: 'quoted 666 318 3339 earlier',
      },
    ],
    ['phone', { title: 'does not flag an SSN-shaped number', text: '"old_ssn": "219-41-0000"' }],
    [
      'phone',
      {
        title: 'flags a Spanish number in its home grouping',
        text: 'kantoor 912 48 27 90',
        value: '912 48 27 90',
      },
    ],
    [
      'phone',
      {
        title: 'flags a Canadian number',
        text: 'Toronto office (416) 555-0199',
        value: '(416) 555-0199',
      },
    ],
    ['phone', { title: 'does not flag a Dutch care-register code', text: 'AGB-code 01-048812' }],
  ],
  'classification markings': [
    ['classification_marker', { title: 'flags TLP:AMBER', text: 'TLP:AMBER', value: 'TLP:AMBER' }],
    [
      'classification_marker',
      {
        title: 'flags TLP:AMBER+STRICT in a sentence',
        text: 'Shared as TLP:AMBER+STRICT with partners.',
        value: 'TLP:AMBER+STRICT',
      },
    ],
    ['classification_marker', { title: 'does not flag TLP:CLEAR', text: 'TLP:CLEAR report' }],
    [
      'classification_marker',
      {
        title: 'flags the Dutch state marking "Dep. Vertrouwelijk"',
        text: 'Rubricering: Dep. Vertrouwelijk',
        value: 'Dep. Vertrouwelijk',
      },
    ],
    [
      'classification_marker',
      { title: 'flags "Stg. Zeer Geheim"', text: 'Stg. Zeer Geheim', value: 'Stg. Zeer Geheim' },
    ],
    [
      'classification_marker',
      {
        title: 'flags INTERNAL ONLY in capitals',
        text: 'marking this thread INTERNAL ONLY, it has creds in it',
        value: 'INTERNAL ONLY',
      },
    ],
    [
      'classification_marker',
      { title: 'does not flag "internal only" in prose', text: 'the endpoint is internal only' },
    ],
    [
      'classification_marker',
      {
        title: 'flags a sensitivity label',
        text: 'Sensitivity: Confidential',
        value: 'Confidential',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags "Private and Confidential" on a letter',
        text: 'PRIVATE AND CONFIDENTIAL\nDear Ms Jansen,',
        value: 'PRIVATE AND CONFIDENTIAL',
      },
    ],
  ],
};

for (const [family, cases] of Object.entries(families)) {
  describe(family, () => {
    for (const [type, row] of cases) it(row.title, () => expectCase(type, row));
  });
}

describe('columnHeaderAt', () => {
  it('names the header of the column an offset is in, across Markdown rules', () => {
    const text = '| a | Passport |\n|---|---|\n| x | Z4827193 |';
    expect(columnHeaderAt(text, text.indexOf('Z48'))).toBe('passport');
    expect(columnHeaderAt(text, text.indexOf('x'))).toBe('a');
  });

  it('is empty outside a table and for a row whose shape differs from the rows above', () => {
    expect(columnHeaderAt('just prose here', 3)).toBe('');
    expect(columnHeaderAt('a,b\nc,d,e', 6)).toBe('');
  });

  it('finds the header far down a long table', () => {
    const rows = Array.from({ length: 300 }, (_, index) => `name ${index} x,y`).join('\n');
    const text = `id,ssn\n${rows}`;
    expect(columnHeaderAt(text, text.length - 1)).toBe('ssn');
    expect(scanText(`${text}\nNadia,735073148`).map((finding) => finding.type)).toContain('us_ssn');
  });
});

describe('followsCountryCode', () => {
  it('sees +CC, 00CC and +CC (0) before an offset', () => {
    for (const prefix of ['+44 ', '+31-', '0049 ', '+33 (0) ']) {
      expect(followsCountryCode(`${prefix}123`, prefix.length)).toBe(true);
    }
    expect(followsCountryCode('order 123', 6)).toBe(false);
  });
});

describe('passport lists', () => {
  it('flags every number after a plural word ending its line', () => {
    const text = 'The clerk noted the passport numbers\n  X4827193 (Anna) and Y5930284 (Tom).';
    const values = scanText(text)
      .filter((finding) => finding.type === 'passport_number')
      .map((finding) => text.slice(finding.start, finding.end));

    expect(values).toEqual(['X4827193', 'Y5930284']);
  });
});
