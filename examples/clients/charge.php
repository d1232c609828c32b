<?php
// apt-get install php-cli php-curl
// TAP_BASE_URL=http://localhost:7800/v2 TAP_SECRET_KEY=sk_test_... php charge.php
$baseUrl = getenv('TAP_BASE_URL') ?: 'https://api.tap.company/v2'; // the sandbox in tests

function tap(string $baseUrl, string $path, array $body): array
{
    $curl = curl_init($baseUrl . $path);
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . getenv('TAP_SECRET_KEY'), 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode($body),
    ]);
    $json = json_decode(curl_exec($curl), true);
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    if ($status !== 200) {
        throw new RuntimeException("$path: HTTP $status " . json_encode($json['errors'] ?? null));
    }
    return $json;
}

$token = tap($baseUrl, '/tokens', [
    'card' => ['number' => '5111111111111118', 'exp_month' => 1, 'exp_year' => 39, 'cvc' => 100, 'name' => 'Test Card'],
]);
$charge = tap($baseUrl, '/charges', [
    'amount' => 10.5, 'currency' => 'KWD', 'threeDSecure' => false, 'source' => ['id' => $token['id']],
    'customer' => ['first_name' => 'Test', 'email' => 'test@example.com'],
    'reference' => ['transaction' => 'txn_1001', 'order' => 'ord_1001'],
    'redirect' => ['url' => 'https://example.com/return'],
]);
echo "{$charge['id']} {$charge['status']} {$charge['response']['message']}\n";
