export function App() {
  return (
    <main>
      <h1>OCR billing simulator</h1>
      <p>
        Which HUAWEI CLOUD OCR prepaid packages to buy, and when they pay off against pay-per-use.
      </p>
    </main>
  );
}
