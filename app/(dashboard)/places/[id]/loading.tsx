export default function LoadingPlace() {
  return (
    <div aria-busy="true" aria-label="Loading the place">
      <div className="skeleton" style={{ height: '2em', width: '60%' }} />
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  );
}
