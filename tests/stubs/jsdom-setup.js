// Fluent UI v9 needs ResizeObserver, which jsdom lacks.
global.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
